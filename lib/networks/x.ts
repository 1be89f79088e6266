import { type Network, rulePath, escapeRegex, handleMatching, oneOf, VALUE_END } from './network';

// X (Twitter) usernames: up to 15 letters, numbers and underscores, case-insensitive
// (X Help Center, "Help with username registration"). Old accounts can be shorter than 4.
export const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;

// An account's permanent number: links by id (/i/user/<id>, intent/user?user_id=<id>) and
// follow buttons name it. All-digit handles exist too, so an id gets a key of its own: user/<id>.
const USER_ID = /^[0-9]{1,20}$/;
const byId = (id: string | null | undefined): string | null => (id != null && USER_ID.test(id) ? `user/${id}` : null);
const isId = (id: string): boolean => id.startsWith('user/');

// X's own top-level routes. "i" covers /i/status/<id>, which does not name the author.
const reserved = new Set([
  'account', 'compose', 'download', 'explore', 'hashtag', 'home', 'i', 'intent', 'jobs', 'login',
  'logout', 'messages', 'notifications', 'privacy', 'search', 'settings', 'share', 'signup', 'tos',
  'who_to_follow', 'search-advanced', 'lists', 'communities', 'bookmarks', 'connect_people',
  'oauth', 'about', 'rules', 'widgets', 'sw.js', 'manifest.json', 'robots.txt', 'twitter',
]);

export const x: Network = {
  id: 'x',
  label: 'X',
  domains: ['x.com', 'twitter.com'],
  subdomains: oneOf('', 'www', 'mobile', 'm'),
  ruleHost: '(?:www\\.|mobile\\.|m\\.)?(?:x|twitter)\\.com',
  identify({ segments, query }) {
    const [first, second] = segments;
    // The follow card: /intent/user?screen_name=<handle> (or /intent/follow), or ?user_id=<id>.
    if (first === 'intent' && (second === 'user' || second === 'follow')) return handleMatching(X_HANDLE, query('screen_name') ?? undefined) ?? byId(query('user_id'));
    if (first === 'i' && second === 'user') return byId(segments[2]);
    if (first === undefined || reserved.has(first.toLowerCase())) return null;
    return handleMatching(X_HANDLE, first);
  },
  fromHandle: (handle) => handleMatching(X_HANDLE, handle),
  rulePaths: (id) =>
    isId(id)
      ? [rulePath('i/user/', id.slice(5)), rulePath('intent/(?:user|follow)\\?(?:[^#]*&)?user_id=', id.slice(5), VALUE_END)]
      : [rulePath('', escapeRegex(id)), rulePath('intent/(?:user|follow)\\?(?:[^#]*&)?screen_name=', escapeRegex(id), VALUE_END)],
  filterPaths: (id) => [isId(id) ? `i/${id}` : id],
  profileUrl: (id) => `https://x.com/${isId(id) ? `i/${id}` : id}`,
  display: (id) => (isId(id) ? `id ${id.slice(5)}` : `@${id}`),
  handleRule: 'rule.x',
  postPaths: new Set(['i']),
};
