import type { Config } from 'tailwindcss';

/**
 * The design system: every size, space, colour and rule a component uses
 * comes from here (the README's "Design system" section shows it as a table).
 *
 * Colours are CSS variables (set in src/index.css) so that the light and dark
 * palettes share one set of names. Sizes are fluid: clamp() grows them with
 * the window between a 360 px phone and a 1280 px desktop.
 *
 * The article scale (headline, standfirst, body, subhead, pull quote,
 * caption) is multiplied by --article-scale, which the reader's text-size
 * choice sets, so the whole hierarchy grows together and a subhead never
 * ends up smaller than the body around it. Page furniture (cards, meta,
 * kickers) keeps its size.
 */
const articleSize = (min: string, fluid: string, max: string) =>
  `calc(var(--article-scale) * clamp(${min}, ${fluid}, ${max}))`;

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        paper: 'var(--color-paper)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        'rule-strong': 'var(--color-rule-strong)',
        accent: 'var(--color-accent)',
        focus: 'var(--color-focus)',
        highlight: 'var(--color-highlight)',
      },
      fontFamily: {
        // The self-hosted face first, then system serifs whose metrics src/index.css
        // overrides to match it, so the swap moves no line.
        serif: [
          '"Source Serif 4 Variable"',
          '"Source Serif 4 Fallback: Times New Roman"',
          '"Source Serif 4 Fallback: Georgia"',
          '"Source Serif 4 Fallback: Noto Serif"',
          'serif',
        ],
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
      },
      fontSize: {
        // Page furniture, in the sans.
        kicker: ['0.75rem', { lineHeight: '1rem', letterSpacing: '0.08em', fontWeight: '700' }],
        meta: ['0.8125rem', { lineHeight: '1.25rem' }],
        control: ['0.875rem', { lineHeight: '1.25rem', fontWeight: '600' }],
        // The masthead and listing headlines, in the serif.
        // The site's name grows with the reader's text size, but never past the width of a phone.
        masthead: [
          'min(clamp(1.75rem, 1.25rem + 2.2vw, 2.75rem), 14vw)',
          { lineHeight: '1', letterSpacing: '-0.01em' },
        ],
        'page-title': [
          'clamp(2rem, 1.5rem + 2.2vw, 3.25rem)',
          { lineHeight: '1.05', letterSpacing: '-0.015em' },
        ],
        'headline-lead': [
          'clamp(1.75rem, 1.2rem + 2.4vw, 2.875rem)',
          { lineHeight: '1.08', letterSpacing: '-0.015em' },
        ],
        'headline-secondary': ['clamp(1.25rem, 1.1rem + 0.6vw, 1.5rem)', { lineHeight: '1.18' }],
        'headline-card': ['clamp(1.125rem, 1.05rem + 0.3vw, 1.25rem)', { lineHeight: '1.22' }],
        'headline-compact': ['1.0625rem', { lineHeight: '1.3' }],
        summary: ['clamp(1rem, 0.95rem + 0.2vw, 1.0625rem)', { lineHeight: '1.45' }],
        // The article scale, multiplied by the reader's text size.
        headline: [
          articleSize('1.875rem', '1.3rem + 2.6vw', '3.25rem'),
          { lineHeight: '1.08', letterSpacing: '-0.015em' },
        ],
        standfirst: [articleSize('1.1875rem', '1.05rem + 0.6vw', '1.5rem'), { lineHeight: '1.35' }],
        body: [articleSize('1.0625rem', '1rem + 0.3vw', '1.1875rem'), { lineHeight: '1.6' }],
        subhead: [articleSize('1.3125rem', '1.2rem + 0.5vw', '1.625rem'), { lineHeight: '1.25' }],
        pullquote: [articleSize('1.5rem', '1.2rem + 1.3vw', '2.125rem'), { lineHeight: '1.2' }],
        caption: [articleSize('0.875rem', '0.85rem + 0.1vw', '0.9375rem'), { lineHeight: '1.4' }],
      },
      spacing: {
        // The page's side margin, and the gap between a page's blocks (lead, grids, rails).
        gutter: 'clamp(1rem, 3vw, 1.5rem)',
        block: 'clamp(2rem, 1.5rem + 2vw, 3.5rem)',
      },
      borderWidth: {
        // A hairline between items; a thick rule over a section's heading.
        thin: '1px',
        thick: '3px',
      },
      maxWidth: {
        measure: '40rem',
        article: '48rem',
        page: '80rem',
      },
    },
  },
} satisfies Config;
