import { type Network, rulePath, escapeRegex, handleMatching } from './network';

// Pinterest usernames: 3–30 letters, numbers and underscores, case-insensitive (Pinterest Help,
// "Edit your username"). Pinterest serves the same profiles on many country domains and on
// two-letter country subdomains of pinterest.com.
const PINTEREST_HANDLE = /^[A-Za-z0-9_]{3,30}$/;
const COUNTRY_SUBDOMAIN = /^[a-z]{2}$/;

const reserved = new Set([
  'pin', 'search', 'ideas', 'today', 'settings', 'business', 'categories', 'explore', 'login',
  'logout', 'signup', 'videos', 'news_hub', 'topics', 'about', 'password', 'notifications',
  'inbox', 'following', 'discover', 'shopping', 'board', 'oauth', 'resource', 'pinner', 'home',
  'homefeed', 'create', 'pin-builder', 'edit', 'offsite', 'business_', 'join',
]);

export const pinterest: Network = {
  id: 'pinterest',
  label: 'Pinterest',
  domains: [
    'pinterest.com', 'pinterest.co.uk', 'pinterest.de', 'pinterest.fr', 'pinterest.ca',
    'pinterest.com.au', 'pinterest.es', 'pinterest.it', 'pinterest.jp', 'pinterest.com.mx',
    'pinterest.nz', 'pinterest.ie', 'pinterest.at', 'pinterest.ch', 'pinterest.pt', 'pinterest.se',
    'pinterest.dk', 'pinterest.cl', 'pinterest.co.kr', 'pinterest.ph', 'pinterest.nl',
  ],
  subdomains: (sub) => sub === '' || sub === 'www' || COUNTRY_SUBDOMAIN.test(sub),
  // The rule's requestDomains names the 21 domains; the pattern only has to be cheap.
  ruleHost: '(?:[a-z]{2}\\.|www\\.)?pinterest\\.[a-z.]+',
  // One archive filter for all of them: "pinterest.*/name".
  archiveDomains: ['pinterest.*'],
  identify({ segments }) {
    const first = segments[0];
    if (first === undefined || reserved.has(first.toLowerCase())) return null;
    return handleMatching(PINTEREST_HANDLE, first);
  },
  fromHandle: (handle) => handleMatching(PINTEREST_HANDLE, handle),
  rulePaths: (id) => [rulePath('', escapeRegex(id))],
  filterPaths: (id) => [id],
  profileUrl: (id) => `https://www.pinterest.com/${id}/`,
  display: (id) => `@${id}`,
  handleRule: 'rule.pinterest',
  postPaths: new Set(['pin']),
};
