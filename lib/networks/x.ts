import { type Network, rulePath, escapeRegex, handleMatching, oneOf, VALUE_END } from './network';

// X (Twitter) usernames: up to 15 letters, numbers and underscores, case-insensitive
// (X Help Center, "Help with username registration"). Old accounts can be shorter than 4.
export const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;

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
    // The follow card: /intent/user?screen_name=<handle> (or /intent/follow).
    if (first === 'intent' && (second === 'user' || second === 'follow')) return handleMatching(X_HANDLE, query('screen_name') ?? undefined);
    if (first === undefined || reserved.has(first.toLowerCase())) return null;
    return handleMatching(X_HANDLE, first);
  },
  fromHandle: (handle) => handleMatching(X_HANDLE, handle),
  rulePaths: (id) => [rulePath('', escapeRegex(id)), rulePath('intent/(?:user|follow)\\?(?:[^#]*&)?screen_name=', escapeRegex(id), VALUE_END)],
  filterPaths: (id) => [id],
  profileUrl: (id) => `https://x.com/${id}`,
  display: (id) => `@${id}`,
  handleRule: 'rule.x',
  postPaths: new Set(['i']),
};
