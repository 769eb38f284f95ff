/**
 * Content a prerendered page is known to read, fetched before it renders so
 * the render runs once. Only a head start: whatever a page reads beyond it is
 * still fetched when the render asks for it.
 */
export type PageData =
  | { kind: 'front' }
  | { kind: 'sectionPage'; section: string; page: number }
  | { kind: 'article'; id: string }
  | { kind: 'articleLinks'; id: string }
  | { kind: 'page'; id: string }
  | { kind: 'topicPage'; topic: string; page: number }
  | { kind: 'authorPage'; author: string; page: number };
