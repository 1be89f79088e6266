import { type Network, END, rulePath, escapeRegex, handleMatching } from './network';

// Tumblr blog names: up to 32 letters, numbers and hyphens, case-insensitive. A blog lives at
// <name>.tumblr.com (everything on that host is theirs) and, since 2022, at tumblr.com/<name>.
const TUMBLR_NAME = /^[A-Za-z0-9-]{1,32}$/;

// Subdomains that are Tumblr's own services, and top-level routes of the dashboard site.
const reservedSubdomains = new Set(['', 'www', 'assets', 'static', 'api', 'help', 'media', 'staff', 'embed', 'platform', 'safe', 'secure', 'px', 'status', 'engineering', 'changes']);
const reservedPaths = new Set([
  'dashboard', 'explore', 'tagged', 'search', 'settings', 'likes', 'following', 'inbox', 'login',
  'register', 'new', 'communities', 'changes', 'about', 'policy', 'help', 'logout', 'blog',
  'messaging', 'activity', 'docs', 'apps', 'privacy', 'jobs', 'reblog', 'share', 'oauth',
  'customize', 'tags', 'trending', 'staff-picks', 'live', 'premium', 'domains', 'tv', 'post',
]);

export const tumblr: Network = {
  id: 'tumblr',
  label: 'Tumblr',
  domains: ['tumblr.com'],
  subdomains: (sub) => sub === '' || sub === 'www' || (!sub.includes('.') && !reservedSubdomains.has(sub) && !/^\d/.test(sub)),
  ruleHost: '(?:www\\.)?tumblr\\.com',
  identify({ subdomain, segments }) {
    if (subdomain !== '' && subdomain !== 'www') return handleMatching(TUMBLR_NAME, subdomain);
    const [first, second, third] = segments;
    if (first === 'blog' && second === 'view') return handleMatching(TUMBLR_NAME, third);
    if (first === undefined || reservedPaths.has(first.toLowerCase())) return null;
    return handleMatching(TUMBLR_NAME, first);
  },
  fromHandle: (handle) => handleMatching(TUMBLR_NAME, handle),
  rulePaths: (id) => [
    rulePath('(?:blog/view/)?', escapeRegex(id)),
    { before: '', id: [escapeRegex(id)], after: `\\.tumblr\\.com${END}`, inHost: true },
  ],
  filterPaths: (id) => [id],
  profileUrl: (id) => `https://www.tumblr.com/${id}`,
  display: (id) => id,
  handleRule: 'rule.tumblr',
  postPaths: new Set(['post']),
};
