import { type Network, rulePath, atHandle, escapeRegex, handleMatching, oneOf } from './network';

// TikTok usernames: 2–24 letters, numbers, underscores and periods, shown lowercase
// (TikTok Support, "Changing your username"). Profiles always live at "/@handle".
const TIKTOK_HANDLE = /^[A-Za-z0-9_.]{2,24}$/;

export const tiktok: Network = {
  id: 'tiktok',
  label: 'TikTok',
  domains: ['tiktok.com'],
  // vm./vt. are short links to videos: they do not name the owner.
  subdomains: oneOf('', 'www', 'm'),
  ruleHost: '(?:www\\.|m\\.)?tiktok\\.com',
  identify: ({ segments }) => handleMatching(TIKTOK_HANDLE, atHandle(segments[0])),
  fromHandle: (handle) => handleMatching(TIKTOK_HANDLE, handle),
  rulePaths: (id) => [rulePath('@', escapeRegex(id))],
  filterPaths: (id) => [`@${id}`],
  profileUrl: (id) => `https://www.tiktok.com/@${id}`,
  display: (id) => `@${id}`,
  handleRule: 'rule.tiktok',
  postPaths: new Set(['t', 'video']),
};
