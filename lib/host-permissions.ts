import { archiveHosts, mirrorSites } from './mirror-sites';
import { networks } from './networks';

/**
 * The hosts the extension may act on: the supported networks, the mirror sites and the web
 * archives, and nothing else (never `<all_urls>`). `*.domain` also covers the bare domain.
 * Derived from the same tables as `profileKey`, so a network added there is covered here.
 */
export function hostMatchPatterns(): string[] {
  return protectedDomains().map((domain) => `*://*.${domain}/*`);
}

/** Every domain the extension protects (each with its subdomains). */
export function protectedDomains(): string[] {
  const domains = new Set<string>();
  for (const network of networks) for (const domain of network.domains) domains.add(domain);
  for (const site of mirrorSites) domains.add(site.host);
  for (const host of archiveHosts) domains.add(host);
  return [...domains];
}
