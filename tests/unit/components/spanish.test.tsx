import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t } from '../../../platform/i18n';
import { reflections } from '../../../content/reflections';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import { pauseStory } from '../../../lib/pause-story';
import { parseProfileInput } from '../../../lib/profile-input';
import { newUrge } from '../../../lib/urge';
import { messages, useLanguage } from '../messages';
import { historyOf } from '../../../lib/urge-history';
import { pinClock } from '../clock';

// A browser set to Spanish: the same components, every word from locales/es.yml.
beforeEach(() => {
  fakeBrowser.reset();
  useLanguage('es');
  pinClock(new Date('2026-11-26T21:00').getTime(), ['setInterval', 'clearInterval']);
});
afterEach(cleanup);

describe('in Spanish', () => {
  it('the pause screen speaks Spanish, reflection included', () => {
    const at = new Date('2026-11-26T21:00').getTime();
    let clock = at;
    const urge = newUrge({ id: 'now', at, profileKey: 'instagram:someex', source: 'load', shownReflection: reflections[0]!.id });
    const earlier = newUrge({ id: 'before', at: at - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' });
    render(
      <PauseScreen
        urge={urge}
        reflection={reflections[0]!}
        story={pauseStory(historyOf([earlier, urge]), at, urge.id)}
        breathSeconds={10}
        strict={false}
        allowanceMinutes={5}
        save={vi.fn(async () => undefined)}
        goBack={vi.fn(async () => undefined)}
        continueTo={vi.fn(async () => undefined)}
        now={() => clock}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Un momento antes de mirar');
    expect(screen.getByText(/Ibas a abrir/).textContent).toBe('Ibas a abrir Instagram @someex.');
    expect(screen.getByText('La 2.ª pausa de hoy: 2 veces te has parado a pensar. Esta semana volviste atrás una vez.')).toBeTruthy();
    expect(screen.getByText(messages.es.reflection_pace1!)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volver atrás' })).toBeTruthy();
    expect(screen.getByText('Después de la respiración podrás elegir.')).toBeTruthy();
    // After the breath: the one question of a second pause, and Continue.
    act(() => {
      clock += 10_000;
      vi.advanceTimersByTime(10_000);
    });
    expect(screen.getByRole('group', { name: '¿Con qué fuerza sientes el impulso ahora mismo?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continuar al perfil' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'busca una línea de ayuda cerca de ti' }).closest('footer')?.textContent).toBe(
      'Si la relación fue abusiva o no te sientes a salvo, mereces apoyo: busca una línea de ayuda cerca de ti.',
    );
    expect(document.body.textContent).not.toMatch(/\b(the|you|your|and)\b/);
  });

  it('explains a username it cannot use in Spanish, naming the network’s own rule', () => {
    const result = parseProfileInput(t, '@this_is_far_too_long_for_x', 'x');
    expect(result.ok === false && result.message).toBe(
      '«@this_is_far_too_long_for_x» no es un nombre de usuario válido en X. Los nombres de usuario de X tienen hasta 15 letras, números y guiones bajos.',
    );
  });
});
