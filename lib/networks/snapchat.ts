import { type Network, rulePath, atHandle, escapeRegex, handleMatching, oneOf } from './network';

// Snapchat usernames: 3–15 characters, starting with a letter, then letters, numbers and one of
// "-", "_", "."; case-insensitive (Snapchat Support, "Username requirements").
const SNAPCHAT_HANDLE = /^[A-Za-z][A-Za-z0-9._-]{2,14}$/;

export const snapchat: Network = {
  id: 'snapchat',
  label: 'Snapchat',
  domains: ['snapchat.com'],
  subdomains: oneOf('', 'www', 'story'),
  ruleHost: '(?:www\\.|story\\.)?snapchat\\.com',
  identify({ segments }) {
    const [first, second] = segments;
    // snapchat.com/add/<name> (add-friend link), /@<name> (public profile), story.…/s/<name>.
    if (first === 'add' || first === 's') return handleMatching(SNAPCHAT_HANDLE, second);
    return handleMatching(SNAPCHAT_HANDLE, atHandle(first));
  },
  fromHandle: (handle) => handleMatching(SNAPCHAT_HANDLE, handle),
  rulePaths: (id) => [rulePath('(?:add/|s/|@)', escapeRegex(id))],
  filterPaths: (id) => [`add/${id}`, `@${id}`],
  profileUrl: (id) => `https://www.snapchat.com/add/${id}`,
  display: (id) => `@${id}`,
  handleRule: 'rule.snapchat',
  postPaths: new Set(['t', 'spotlight']),
};
