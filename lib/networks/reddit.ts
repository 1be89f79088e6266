import { type Network, rulePath, escapeRegex, handleMatching, oneOf } from './network';

// Reddit usernames: 3–20 letters, numbers, "-" and "_", case-insensitive (Reddit Help,
// "Username rules"). old., new., np. and i. serve the same pages in other skins.
const REDDIT_HANDLE = /^[A-Za-z0-9_-]{3,20}$/;

export const reddit: Network = {
  id: 'reddit',
  label: 'Reddit',
  domains: ['reddit.com'],
  subdomains: oneOf('', 'www', 'old', 'new', 'np', 'm', 'i', 'sh', 'amp'),
  ruleHost: '(?:(?:www|old|new|np|m|i|sh|amp)\\.)?reddit\\.com',
  identify({ segments }) {
    const [first, second] = segments;
    if (first === 'user' || first === 'u') return handleMatching(REDDIT_HANDLE, second);
    // Every account has a profile subreddit, r/u_<username>, showing the same posts.
    if (first === 'r' && second?.toLowerCase().startsWith('u_')) return handleMatching(REDDIT_HANDLE, second.slice(2));
    return null;
  },
  fromHandle: (handle) => handleMatching(REDDIT_HANDLE, handle.replace(/^\/?u\//, '')),
  rulePaths: (id) => [rulePath('(?:u/|user/|r/u_)', escapeRegex(id))],
  filterPaths: (id) => [`u/${id}`, `user/${id}`, `r/u_${id}`],
  profileUrl: (id) => `https://www.reddit.com/user/${id}/`,
  display: (id) => `u/${id}`,
  handleRule: 'rule.reddit',
  postPaths: new Set(['r', 'comments']),
};
