import { type Network, rulePath, atHandle, escapeRegex, handleMatching, oneOf } from './network';

// YouTube handles: 3–30 letters (of any of the scripts YouTube supports), numbers, underscores,
// hyphens, periods and middle dots, case-insensitive (YouTube Help, "Handle guidelines"). Channels are also reached by their id (/channel/UC…,
// case-sensitive) and by legacy /c/ and /user/ names; those cannot be linked to a handle
// without asking YouTube, so each is its own key.
const YOUTUBE_HANDLE = /^[\p{L}\p{M}\p{N}_.·-]{3,30}$/u;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const LEGACY_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

export const youtube: Network = {
  id: 'youtube',
  label: 'YouTube',
  domains: ['youtube.com'],
  subdomains: oneOf('', 'www', 'm'),
  ruleHost: '(?:www\\.|m\\.)?youtube\\.com',
  identify({ segments }) {
    const [first, second] = segments;
    switch (first) {
      case 'channel': {
        const id = handleMatching(CHANNEL_ID, second, false);
        return id === null ? null : `channel/${id}`;
      }
      case 'c':
      case 'user': {
        const name = handleMatching(LEGACY_NAME, second);
        return name === null ? null : `${first}/${name}`;
      }
    }
    return handleMatching(YOUTUBE_HANDLE, atHandle(first));
  },
  fromHandle: (handle) => handleMatching(YOUTUBE_HANDLE, handle),
  // Browsers send a handle in another script percent-encoded.
  rulePaths: (id) => [id.includes('/') ? rulePath('', escapeRegex(id)) : rulePath('@', escapeRegex(encodeURIComponent(id)))],
  filterPaths: (id) => [id.includes('/') ? id : `@${encodeURIComponent(id)}`],
  profileUrl: (id) => (id.includes('/') ? `https://www.youtube.com/${id}` : `https://www.youtube.com/@${encodeURIComponent(id)}`),
  display: (id) => (id.includes('/') ? id : `@${id}`),
  handleRule: 'rule.youtube',
  postPaths: new Set(['watch', 'shorts', 'live', 'embed', 'playlist']),
};
