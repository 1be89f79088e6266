/** A week's first day as YYYY-MM-DD in local time: the key its notes are kept under. */
export function weekKey(weekStart: number): string {
  const date = new Date(weekStart);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
