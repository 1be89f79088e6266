import { type Network, rulePath, escapeRegex, handleMatching } from './network';

// LinkedIn public profile URLs: /in/<vanity>, 3–100 letters (any script), numbers and hyphens;
// case-insensitive (LinkedIn Help, "Customize your public profile URL"). Country subdomains
// (uk., de.) serve the same profiles.
const LINKEDIN_VANITY = /^[\p{L}\p{N}-]{3,100}$/u;
const COUNTRY_SUBDOMAIN = /^[a-z]{2}$/;
// A member's permanent id, which feeds link to when they do not use the vanity name
// (/in/ACoAAB…, base64url, case-sensitive): a key of its own, urn/<id>, its case kept.
const MEMBER_URN = /^ACoAA[A-Za-z0-9_-]{20,}$/;
const isUrn = (id: string): boolean => id.startsWith('urn/');
const pathOf = (id: string): string => (isUrn(id) ? id.slice(4) : encodeURIComponent(id));

export const linkedin: Network = {
  id: 'linkedin',
  label: 'LinkedIn',
  domains: ['linkedin.com'],
  subdomains: (sub) => ['', 'www', 'm'].includes(sub) || COUNTRY_SUBDOMAIN.test(sub),
  ruleHost: '(?:[a-z]{1,2}\\.|www\\.)?linkedin\\.com',
  identify({ segments }) {
    if (segments[0] !== 'in') return null;
    const urn = handleMatching(MEMBER_URN, segments[1], false);
    return urn === null ? handleMatching(LINKEDIN_VANITY, segments[1]) : `urn/${urn}`;
  },
  fromHandle: (handle) => handleMatching(LINKEDIN_VANITY, handle),
  // Browsers send non-ASCII vanity names percent-encoded.
  rulePaths: (id) => [rulePath('in/', escapeRegex(pathOf(id)))],
  filterPaths: (id) => [`in/${pathOf(id)}`],
  profileUrl: (id) => `https://www.linkedin.com/in/${pathOf(id)}/`,
  display: (id) => `in/${isUrn(id) ? id.slice(4) : id}`,
  handleRule: 'rule.linkedin',
  postPaths: new Set(['posts', 'feed', 'pulse']),
};
