import { INSTAGRAM_HANDLE } from './instagram';
import { type Network, rulePath, atHandle, escapeRegex, handleMatching, oneOf } from './network';

// Threads profiles are Instagram accounts, so the username rules are Instagram's; the profile
// path is always "/@handle". Meta moved the site from threads.net to threads.com in 2025 and
// serves both.
export const threads: Network = {
  id: 'threads',
  label: 'Threads',
  domains: ['threads.net', 'threads.com'],
  subdomains: oneOf('', 'www'),
  ruleHost: '(?:www\\.)?threads\\.(?:net|com)',
  identify: ({ segments }) => handleMatching(INSTAGRAM_HANDLE, atHandle(segments[0])),
  fromHandle: (handle) => handleMatching(INSTAGRAM_HANDLE, handle),
  rulePaths: (id) => [rulePath('@', escapeRegex(id))],
  filterPaths: (id) => [`@${id}`],
  profileUrl: (id) => `https://www.threads.com/@${id}`,
  display: (id) => `@${id}`,
  handleRule: 'rule.threads',
  postPaths: new Set(['t']),
};
