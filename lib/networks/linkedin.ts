import { type Network, rulePath, escapeRegex, handleMatching } from './network';

// LinkedIn public profile URLs: /in/<vanity>, 3–100 letters (any script), numbers and hyphens;
// case-insensitive (LinkedIn Help, "Customize your public profile URL"). Country subdomains
// (uk., de.) serve the same profiles.
const LINKEDIN_VANITY = /^[\p{L}\p{N}-]{3,100}$/u;
const COUNTRY_SUBDOMAIN = /^[a-z]{2}$/;

export const linkedin: Network = {
  id: 'linkedin',
  label: 'LinkedIn',
  domains: ['linkedin.com'],
  subdomains: (sub) => ['', 'www', 'm'].includes(sub) || COUNTRY_SUBDOMAIN.test(sub),
  ruleHost: '(?:[a-z]{1,2}\\.|www\\.)?linkedin\\.com',
  identify: ({ segments }) => (segments[0] === 'in' ? handleMatching(LINKEDIN_VANITY, segments[1]) : null),
  fromHandle: (handle) => handleMatching(LINKEDIN_VANITY, handle),
  // Browsers send non-ASCII vanity names percent-encoded.
  rulePaths: (id) => [rulePath('in/', escapeRegex(encodeURIComponent(id)))],
  filterPaths: (id) => [`in/${encodeURIComponent(id)}`],
  profileUrl: (id) => `https://www.linkedin.com/in/${encodeURIComponent(id)}/`,
  display: (id) => `in/${id}`,
  handleRule: 'rule.linkedin',
  postPaths: new Set(['posts', 'feed', 'pulse']),
};
