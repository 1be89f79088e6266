import { networkById, networks } from './networks';
import { recogniseUrl } from './profile-url';

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

const supportedList = networks.map((network) => network.label).join(', ');

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
 * network chosen beside it (`networkId`, ignored for links).
 */
export function parseProfileInput(text: string, networkId?: string): ProfileInput {
  const input = text.trim();
  if (input === '') return problem('empty', 'Paste a link to their profile, or type their username and choose the network.');

  // A scheme or a path makes it a link. "john.smith" or "alice.bsky.social" alone could be a
  // username or a host, so the chosen network decides first.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(input);
  if (hasScheme || (input.includes('/') && BARE_HOST.test(input))) return fromLink(hasScheme ? input : `https://${input}`);

  const network = networkId === undefined ? undefined : networkById(networkId);
  const id = network?.fromHandle(input) ?? null;
  if (network !== undefined && id !== null) return { ok: true, key: `${network.id}:${id}` };
  if (BARE_HOST.test(input)) {
    const asLink = fromLink(`https://${input}`);
    if (asLink.ok) return asLink;
  }
  if (!HANDLE_LIKE.test(input)) {
    return problem('not-a-link', 'That doesn’t look like a link or a username. Open their profile, copy the address from the address bar and paste it here.');
  }
  if (network === undefined) {
    return problem('choose-network', `Choose which network “${input}” is on, or paste the link to their profile instead.`);
  }
  return problem('invalid-handle', `“${input}” isn’t a valid username on ${network.label}. ${network.handleRule}`);
}

function fromLink(link: string): ProfileInput {
  const recognised = recogniseUrl(link);
  switch (recognised.kind) {
    case 'profile':
      return { ok: true, key: recognised.key };
    case 'network-page': {
      const { network, firstSegment } = recognised;
      if (firstSegment !== undefined && network.postPaths?.has(firstSegment)) {
        return problem('post', `That is a link to a post on ${network.label}, not to a profile: the link doesn’t say whose post it is. Open their profile and copy that link instead.`);
      }
      return problem('network-page', `That is a page on ${network.label}, but not someone’s profile. Open their profile and copy the address from there.`);
    }
    case 'other-site':
      if (SHORT_LINK_HOSTS.has(recognised.host)) {
        return problem('short-link', 'That is a short link, and it doesn’t say whose page it leads to. Open it, then copy the address of their profile.');
      }
      return problem('unsupported-site', `That site isn’t supported yet. Letting Go works with ${supportedList}.`);
    case 'not-a-web-address':
      return problem('not-a-link', 'That link can’t be read. Copy the whole address from the address bar of their profile, starting with https://');
  }
}
