import { listedKeys, type Person } from '../lib/people';
import { profileKey } from '../lib/profile-url';

/*
 * Recognition and lookup, the work the navigation guard does for every URL change on the
 * supported sites: `profileKey(url)` then a Set lookup in the listed keys. The cost must not grow
 * with the length of the list.
 */

// A deterministic generator, so every run measures the same URLs.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const profileForms = [
  (h: string) => `https://www.instagram.com/${h}/`,
  (h: string) => `https://www.instagram.com/${h}/tagged/?hl=en`,
  (h: string) => `https://m.facebook.com/${h}.page/photos`,
  (h: string) => `https://x.com/${h}/status/17${h.length}0042`,
  (h: string) => `https://twitter.com/${h}/media`,
  (h: string) => `https://www.tiktok.com/@${h}/video/7301`,
  (h: string) => `https://www.threads.com/@${h}`,
  (h: string) => `https://www.reddit.com/user/${h}/submitted/`,
  (h: string) => `https://bsky.app/profile/${h}.bsky.social`,
  (h: string) => `https://www.youtube.com/@${h}/videos`,
  (h: string) => `https://uk.linkedin.com/in/${h}-1a2b3c/`,
  (h: string) => `https://${h}.tumblr.com/post/123/slug`,
];
const otherPages = [
  'https://www.instagram.com/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/p/Cx1y2z3/',
  'https://www.facebook.com/watch/?v=1',
  'https://x.com/home',
  'https://x.com/search?q=weekend&src=typed_query',
  'https://www.tiktok.com/foryou',
  'https://www.reddit.com/r/AskReddit/comments/abc/title/',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.wikipedia.org/wiki/Grief',
  'https://news.example.com/article?id=9',
];

export interface RecognitionResult {
  readonly listed: number;
  readonly urlsPerSecond: number;
  readonly matches: number;
}

export function benchRecognition(listSizes = [10, 100, 1000], urlCount = 100_000): RecognitionResult[] {
  const rand = random(42);
  const handle = (i: number) => `person_${i}`;
  // Half the URLs are profiles (listed or not), half the rest of the sites.
  const urls = Array.from({ length: urlCount }, () =>
    rand() < 0.5
      ? profileForms[Math.floor(rand() * profileForms.length)]!(handle(Math.floor(rand() * 2000)))
      : otherPages[Math.floor(rand() * otherPages.length)]!,
  );

  return listSizes.map((listed) => {
    const people: Person[] = [{
      id: 'bench',
      name: '', relationship: 'ex',
      addedAt: 0,
      profiles: Array.from({ length: listed }, (_, i) => ({ key: `instagram:${handle(i)}`, addedAt: 0 })),
    }];
    const keys = listedKeys(people);
    let matches = 0;
    const pass = () => {
      matches = 0;
      for (const url of urls) {
        const key = profileKey(url);
        if (key !== null && keys.has(key)) matches++;
      }
    };
    pass(); // warm-up: let the engine optimise before measuring
    // The median of several rounds: a busy machine slows some rounds, not the code.
    const times: number[] = [];
    for (let round = 0; round < 7; round++) {
      const start = performance.now();
      pass();
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[3]!;
    return { listed, urlsPerSecond: Math.round(urls.length / (median / 1000)), matches };
  });
}
