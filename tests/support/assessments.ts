// A minimal assessment for unit tests: Leeds, answered for the whole partnership, in the first
// phase, with nothing answered or planned unless the test says so.
import type { Assessment } from '../../src/lib/model.ts';

export function assessment(extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a',
    place: 'Leeds',
    partnership: '',
    organisation: '',
    perspective: 'partnership',
    phase: 'commit',
    createdAt: '',
    updatedAt: '',
    answers: {},
    plan: {},
    reviews: [],
    nextReview: '',
    ...extra,
  };
}
