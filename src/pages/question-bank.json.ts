// /question-bank.json: the questions the checklist and compare pages show, score and read files with (src/data/question-bank-file.ts).
import type { APIRoute } from 'astro';
import { questionBankJson } from '../data/question-bank-file.ts';

export const GET: APIRoute = async () => new Response(await questionBankJson(), { headers: { 'Content-Type': 'application/json' } });
