import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PendingChanges } from '../../../components/PendingChanges';
import { type PendingChange, readPending } from '../../../lib/commitment';
import type { Person } from '../../../lib/people';
import { pendingChangesItem } from '../../../platform/storage/keys';
import { useLanguage } from '../messages';

const hour = 3_600_000;
// Wednesday 2 December 2026, 7:07 PM in the tests' zone.
const due = new Date('2026-12-02T19:07').getTime();
const people: Person[] = [
  { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }] },
  { id: 'b', name: '', relationship: 'ex', addedAt: 1, profiles: [{ key: 'x:newpartner', addedAt: 1 }] },
];
const change = (id: string, fields: Partial<PendingChange> & Pick<PendingChange, 'kind'>, offset = 0) =>
  ({ id, requestedAt: due - 24 * hour, effectiveAt: due + offset, ...fields }) as PendingChange;
const everyKind: PendingChange[] = [
  change('a', { kind: 'settings', patch: { strict: false } }),
  change('b', { kind: 'settings', patch: { allowanceMinutes: 15, breathSteps: [5, 10, 20, 30] } }, 60_000),
  change('c', { kind: 'settings', patch: { coolingOffHours: 1 } }, 2 * 60_000),
  change('d', { kind: 'remove-profile', key: 'instagram:someex' }, 3 * 60_000),
  change('e', { kind: 'remove-person', personId: 'b' }, 4 * 60_000),
  change('f', { kind: 'pause-protection', hours: 24 }, 5 * 60_000),
  change('g', { kind: 'delete-everything' }, 6 * 60_000),
];

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const sentences = () => within(screen.getByRole('region', { name: /./ })).getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent);

describe('the changes waiting to take effect', () => {
  it('reads as one plain sentence each, with the day and time it takes effect', () => {
    render(<PendingChanges pending={everyKind} people={people} locale="en-GB" />);
    expect(screen.getByRole('heading', { name: 'Waiting to take effect' })).toBeTruthy();
    expect(sentences()).toEqual([
      'Strict mode turns off on Wednesday 2 December at 19:07.',
      'From Wednesday 2 December at 19:08, profiles stay open 15 minutes after “Continue”. From Wednesday 2 December at 19:08, the breath starts at 5 seconds.',
      'From Wednesday 2 December at 19:09, changes that loosen protection wait 1 hour.',
      'Instagram @someex leaves your list on Wednesday 2 December at 19:10.',
      'Someone and their profiles leave your list on Wednesday 2 December at 19:11.',
      'Protection pauses for 1 day, from Wednesday 2 December at 19:12.',
      'Your list of people and profiles and your settings are deleted on Wednesday 2 December at 19:13.',
    ]);
  });

  it('in the user’s own way of writing a date', () => {
    render(<PendingChanges pending={everyKind.slice(0, 1)} people={people} locale="en-US" />);
    expect(sentences()).toEqual(['Strict mode turns off on Wednesday, December 2 at 7:07 PM.']);
  });

  it('in Spanish', () => {
    useLanguage('es');
    render(<PendingChanges pending={everyKind} people={people} locale="es-ES" />);
    expect(sentences()).toEqual([
      'El modo estricto se desactiva el miércoles, 2 de diciembre, 19:07.',
      'A partir del miércoles, 2 de diciembre, 19:08, los perfiles quedan abiertos 15 minutos tras «Continuar». A partir del miércoles, 2 de diciembre, 19:08, la respiración empieza con 5 segundos.',
      'A partir del miércoles, 2 de diciembre, 19:09, los cambios que reducen la protección esperan 1 hora.',
      'Instagram @someex sale de tu lista el miércoles, 2 de diciembre, 19:10.',
      'Alguien y sus perfiles salen de tu lista el miércoles, 2 de diciembre, 19:11.',
      'La protección se pausa durante 1 día a partir del miércoles, 2 de diciembre, 19:12.',
      'Tu lista de personas y perfiles y tus ajustes se borran el miércoles, 2 de diciembre, 19:13.',
    ]);
  });

  it('each can be cancelled, named by its sentence', async () => {
    await pendingChangesItem.setValue(everyKind.slice(0, 2));
    render(<PendingChanges pending={everyKind.slice(0, 2)} people={people} locale="en-GB" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel: Strict mode turns off on Wednesday 2 December at 19:07.' }));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue()).map((one) => one.id)).toEqual(['b']));
  });
});
