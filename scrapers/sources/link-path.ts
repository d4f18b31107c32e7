// A board's link read as a URL. A link that is not one (relative where the board gives absolute
// links, or malformed) is that item's problem: the item gets no id and is counted invalid, where
// `new URL()` would throw out of the parser and fail the whole run.

/** The URL `link` names (resolved against `base` when given), or undefined. */
export function linkUrl(link: string | undefined, base?: string): URL | undefined {
  if (!link) return undefined;
  return URL.canParse(link, base) ? new URL(link, base) : undefined;
}

/** The link's path, or undefined when the link is not a URL. */
export function linkPath(link: string | undefined): string | undefined {
  return linkUrl(link)?.pathname;
}
