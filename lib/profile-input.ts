import { networkById, networks } from './networks';
import { recogniseUrl } from './profile-url';
import type { Translate } from './translate';

/** What the add form made of the user's text: a profile key, or a kind explanation. */
export type ProfileInput =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly problem: ProfileInputProblem; readonly message: string };

export type ProfileInputProblem =
  | 'empty'
  | 'choose-network'
  | 'invalid-handle'
  | 'post'
  | 'short-link'
  | 'network-page'
  | 'unsupported-site'
  | 'not-a-link';

// "instagram.com/someex", "www.x.com/a": a host followed by a path, typed without a scheme.
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+\.?(:\d+)?(\/|$)/i;
const HANDLE_LIKE = /^@?[^\s/:]+$/;

// Short links hide whose page they lead to until they are opened.
const SHORT_LINK_HOSTS = new Set(['vm.tiktok.com', 'vt.tiktok.com', 'youtu.be', 'pin.it', 't.co', 'redd.it', 'fb.watch']);

function problem(problem: ProfileInputProblem, message: string): ProfileInput {
  return { ok: false, problem, message };
}

/**
 * Reads what the user pasted or typed: a link to a profile, or "@handle" / "handle" with the
 * network chosen beside it (`networkId`, ignored for links). Problems are explained in `t`'s words.
 */
export function parseProfileInput(t: Translate, text: string, networkId?: string): ProfileInput {
  const input = text.trim();
  if (input === '') return problem('empty', t('input.empty'));

  // A scheme or a path makes it a link. "john.smith" or "alice.bsky.social" alone could be a
  // username or a host, so the chosen network decides first.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(input);
  if (hasScheme || (input.includes('/') && BARE_HOST.test(input))) return fromLink(t, hasScheme ? input : `https://${input}`);

  const network = networkId === undefined ? undefined : networkById(networkId);
  const id = network?.fromHandle(input) ?? null;
  if (network !== undefined && id !== null) return { ok: true, key: `${network.id}:${id}` };
  if (BARE_HOST.test(input)) {
    const asLink = fromLink(t, `https://${input}`);
    if (asLink.ok) return asLink;
  }
  if (!HANDLE_LIKE.test(input)) {
    return problem('not-a-link', t('input.notALink'));
  }
  if (network === undefined) return problem('choose-network', t('input.chooseNetwork', { input }));
  return problem('invalid-handle', t('input.invalidHandle', { input, network: network.label, rule: t(network.handleRule) }));
}

function fromLink(t: Translate, link: string): ProfileInput {
  const recognised = recogniseUrl(link);
  switch (recognised.kind) {
    case 'profile':
      return { ok: true, key: recognised.key };
    case 'network-page': {
      const { network, firstSegment } = recognised;
      if (firstSegment !== undefined && network.postPaths?.has(firstSegment)) {
        return problem('post', t('input.post', { network: network.label }));
      }
      return problem('network-page', t('input.networkPage', { network: network.label }));
    }
    case 'other-site':
      if (SHORT_LINK_HOSTS.has(recognised.host)) return problem('short-link', t('input.shortLink'));
      return problem('unsupported-site', t('input.unsupportedSite', { networks: networks.map((network) => network.label).join(', ') }));
    case 'not-a-web-address':
      return problem('not-a-link', t('input.unreadable'));
  }
}
