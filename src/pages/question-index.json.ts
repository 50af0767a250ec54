// /question-index.json: what the progress markers need to score a reader's answers (src/data/question-index.ts).
import type { APIRoute } from 'astro';
import { questionIndexJson } from '../data/question-index.ts';

export const GET: APIRoute = async () => new Response(await questionIndexJson(), { headers: { 'Content-Type': 'application/json' } });
