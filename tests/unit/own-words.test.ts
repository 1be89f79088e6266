import { describe, expect, it } from 'vitest';
import { checkPlan, goBackAction, inHours, MAX_PLANS, type Plan, planFor, readOwnWords, reasonForTurn } from '../../lib/own-words';

const plan = (id: string, when: Plan['when'], then = 'call Maya'): Plan => ({ id, when, then });

describe('if-then plans', () => {
  const night = plan('night', { kind: 'hours', from: 22, to: 2 }, 'put the phone in the kitchen');
  const sleepless = plan('sleep', { kind: 'trigger', trigger: 'cant-sleep' }, 'read a chapter');
  const lonely = plan('lonely', { kind: 'trigger', trigger: 'lonely' }, 'call Maya');
  const anyTime = plan('any', { kind: 'words', text: 'When I want to see what they are doing' }, 'write it in the letter instead');

  it('shows the plan made for the trigger just chosen, before one made for the hour', () => {
    expect(planFor([night, sleepless, lonely], { triggers: ['lonely'], hour: 23 })?.id).toBe('lonely');
    expect(planFor([night, sleepless, lonely], { triggers: ['cant-sleep', 'lonely'], hour: 23 })?.id).toBe('sleep');
  });

  it('with no trigger chosen yet, the plan for this hour, past midnight included', () => {
    expect(planFor([sleepless, night], { triggers: [], hour: 23 })?.id).toBe('night');
    expect(planFor([sleepless, night], { triggers: [], hour: 1 })?.id).toBe('night');
    expect(planFor([sleepless, night], { triggers: [], hour: 2 })).toBeNull();
    expect(planFor([sleepless, night], { triggers: [], hour: 21 })).toBeNull();
  });

  it('a plan in the user’s own words fits any moment no other plan fits', () => {
    expect(planFor([night, anyTime], { triggers: ['bored'], hour: 12 })?.id).toBe('any');
    expect(planFor([night, anyTime], { triggers: [], hour: 23 })?.id).toBe('night');
    expect(planFor([], { triggers: ['bored'], hour: 12 })).toBeNull();
  });

  it('hours run up to, not including, the end hour, and across midnight', () => {
    expect([21, 22, 23, 0, 1, 2].map((hour) => inHours(hour, 22, 2))).toEqual([false, true, true, true, true, false]);
    expect([8, 9, 16, 17].map((hour) => inHours(hour, 9, 17))).toEqual([false, true, true, false]);
  });

  it('puts a short action on "Go back", and leaves a long one to the plan’s own line', () => {
    expect(goBackAction(lonely)).toBe('call Maya');
    expect(goBackAction(plan('p', { kind: 'trigger', trigger: 'bored' }, 'go for a walk.'))).toBe('go for a walk');
    expect(goBackAction(night)).toBe('put the phone in the kitchen');
    expect(goBackAction(plan('p', { kind: 'words', text: 'Sunday evenings' }, 'write down three things that went well today'))).toBeNull();
    expect(goBackAction(null)).toBeNull();
  });

  it('checks a plan as written, saying what is missing', () => {
    expect(checkPlan({ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: '  ' })).toEqual({ problem: 'no-action' });
    expect(checkPlan({ id: 'a', when: { kind: 'words', text: '' }, then: 'call Maya' })).toEqual({ problem: 'no-when' });
    expect(checkPlan({ id: 'a', when: { kind: 'hours', from: 22, to: 24 }, then: 'call Maya' })).toEqual({ problem: 'no-when' });
    expect(checkPlan({ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'x'.repeat(121) })).toEqual({ problem: 'too-long' });
    expect(checkPlan({ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: ' call Maya ' })).toEqual({ plan: { id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' } });
  });
});

describe('the stored words', () => {
  it('keeps every readable plan and reason when one is damaged or from an older shape', () => {
    const stored = {
      plans: [{ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' }, { id: 'b', when: { kind: 'moon' }, then: 'x' }, 'junk', { id: 'c', when: { kind: 'hours', from: 22, to: 1 }, then: 'read' }],
      reasons: ['I deserve calm mornings', 42, '', 'They chose to leave'],
    };
    const words = readOwnWords(stored);
    expect(words.plans.map((one) => one.id)).toEqual(['a', 'c']);
    expect(words.reasons).toEqual(['I deserve calm mornings', 'They chose to leave']);
  });

  it('reads nothing from a missing or unreadable value, and keeps the first plans past the limit', () => {
    expect(readOwnWords(undefined)).toEqual({ plans: [], reasons: [] });
    expect(readOwnWords('plans')).toEqual({ plans: [], reasons: [] });
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, when: { kind: 'trigger', trigger: 'bored' }, then: 'walk' }));
    expect(readOwnWords({ plans: many }).plans.map((one) => one.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4'].slice(0, MAX_PLANS));
  });
});

describe('reasons in turn with the reflections', () => {
  it('every other pause shows one of the user’s reasons, each in turn', () => {
    const reasons = ['one', 'two', 'three'];
    expect(Array.from({ length: 8 }, (_, turn) => reasonForTurn(reasons, turn))).toEqual(['one', null, 'two', null, 'three', null, 'one', null]);
    expect(reasonForTurn([], 0)).toBeNull();
  });
});
