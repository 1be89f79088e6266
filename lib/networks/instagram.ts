import { type Network, rulePath, escapeRegex, handleMatching, oneOf } from './network';

// Instagram usernames: up to 30 letters, numbers, periods and underscores; case-insensitive
// (Instagram Help Centre, "Change your username").
export const INSTAGRAM_HANDLE = /^[A-Za-z0-9._]{1,30}$/;

// First path segments that are Instagram's own pages rather than someone's profile.
const reserved = new Set([
  'about', 'accounts', 'api', 'challenge', 'developer', 'direct', 'emails', 'explore', 'graphql',
  'legal', 'oauth', 'p', 'privacy', 'reel', 'reels', 'session', 'stories', 'terms', 'tv', 'web',
  'ar', 'create', 'your_activity', 'nametag', 'qr', 'lite', 'threads', 'topics', 'locations',
]);

export const instagram: Network = {
  id: 'instagram',
  label: 'Instagram',
  domains: ['instagram.com'],
  subdomains: oneOf('', 'www', 'm'),
  ruleHost: '(?:www\\.|m\\.)?instagram\\.com',
  identify({ segments }) {
    const [first, second] = segments;
    // /stories/<handle>/<story id>/ is the person's story; /stories/highlights/<id>/ names nobody.
    if (first === 'stories') return second === 'highlights' ? null : handleMatching(INSTAGRAM_HANDLE, second);
    if (first === undefined || reserved.has(first.toLowerCase())) return null;
    return handleMatching(INSTAGRAM_HANDLE, first);
  },
  fromHandle: (handle) => handleMatching(INSTAGRAM_HANDLE, handle),
  rulePaths: (id) => [rulePath('(?:stories/)?', escapeRegex(id))],
  filterPaths: (id) => [id, `stories/${id}`],
  profileUrl: (id) => `https://www.instagram.com/${id}/`,
  display: (id) => `@${id}`,
  handleRule: 'rule.instagram',
  postPaths: new Set(['p', 'reel', 'reels', 'tv']),
};
