/** A week's first day as YYYY-MM-DD in local time: the key its notes are kept under. */
export function weekKey(weekStart: number): string {
  const date = new Date(weekStart);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A local day as YYYY-MM-DD ("once a day" marks are kept under it). */
export const dayKey = (at: number): string => {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
