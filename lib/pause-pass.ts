/** The stored pass (see pause-request.ts), checked: '' when there is none. */
export const readPass = (stored: unknown): string => (typeof stored === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(stored) ? stored : '');

/** The part of the pause page's address that carries the pass (the request rules add it too). */
export const passParam = (pass: string): string => (pass === '' ? '' : `&pass=${pass}`);
