import { type Network, rulePath, escapeRegex, oneOf } from './network';

// Bluesky handles are domain names (alice.bsky.social, or a domain the person owns), which are
// case-insensitive; accounts are also addressed by their DID (did:plc:…, did:web:…)
// (AT Protocol spec, "Handle" and "DID").
const BLUESKY_HANDLE = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const BLUESKY_DID = /^did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]{3,253})$/;

function fromHandle(value: string | undefined): string | null {
  if (value === undefined) return null;
  const bare = (value.startsWith('@') ? value.slice(1) : value).toLowerCase();
  return BLUESKY_HANDLE.test(bare) || BLUESKY_DID.test(bare) ? bare : null;
}

export const bluesky: Network = {
  id: 'bluesky',
  label: 'Bluesky',
  domains: ['bsky.app'],
  subdomains: oneOf('', 'www'),
    identify: ({ segments }) => (segments[0] === 'profile' ? fromHandle(segments[1]) : null),
  ruleHost: '(?:www\\.)?bsky\\.app',
  fromHandle,
  rulePaths: (id) => [rulePath('profile/', escapeRegex(id))],
  filterPaths: (id) => [`profile/${id}`],
  profileUrl: (id) => `https://bsky.app/profile/${id}`,
  display: (id) => (id.startsWith('did:') ? id : `@${id}`),
  handleRule: 'rule.bluesky',
  postPaths: new Set(),
};
