import { type ComponentChild, Fragment, h, type VNode } from 'preact';
import type { MessageKey, MessageNames } from '../lib/translate';
import { template } from '../platform/i18n';

type RichKey = { [K in MessageKey]: [MessageNames<K>] extends [never] ? never : K }[MessageKey];

/**
 * A message some of whose {names} are elements (a link, bold text) rather than text, so the
 * words around them stay in one message that a translator can reorder.
 */
export function rich<K extends RichKey>(key: K, values: Readonly<Record<MessageNames<K>, ComponentChild>>): VNode {
  const parts = template(key).split(/\{(\w+)\}/);
  return h(Fragment, null, ...parts.map((part, i) => (i % 2 === 0 ? part : (values as Record<string, ComponentChild>)[part])));
}
