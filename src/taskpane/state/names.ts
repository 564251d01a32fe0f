/** Sheet-name helpers for asking the user to put the report under another name. */

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/;

/** "对标报告" taken → "对标报告 (2)", then "(3)", … never one of `existing` (compared case-insensitively). */
export function nextFreeSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const stem = base.replace(/\s*\(\d+\)$/, '');
  for (let i = 2; i < 1000; i++) {
    const suffix = ` (${i})`;
    const name = stem.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
  return stem;
}

/** A name Excel accepts: not empty, at most 31 characters, none of \ / ? * [ ] :, no leading/trailing apostrophe. */
export function isValidSheetName(name: string): boolean {
  const n = name.trim();
  return (
    n.length > 0 && n.length <= MAX_SHEET_NAME && !FORBIDDEN.test(n) && !n.startsWith("'") && !n.endsWith("'")
  );
}

/** `base` itself when it is free (cut to Excel's 31 characters), else the next free "base (2)", … */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const name = [...base.trim()].slice(0, MAX_SHEET_NAME).join('');
  const taken = [...existing];
  return taken.some((n) => n.toLowerCase() === name.toLowerCase()) ? nextFreeSheetName(name, taken) : name;
}
