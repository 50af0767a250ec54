// JSON.parse for text from outside (imported files, share links): refuses keys that could reach
// an object's prototype, which validators may silently drop instead of reporting.

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown when parsed text contains a key that is never part of our data. */
export class UnsafeKeyError extends Error {}

/** Parses JSON, throwing SyntaxError for bad JSON and UnsafeKeyError for prototype keys. */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, function (key, value) {
    if (UNSAFE_KEYS.has(key)) throw new UnsafeKeyError(key);
    return value;
  });
}
