import type { Config } from 'tailwindcss';

/**
 * Design tokens. Colours are CSS variables (set in src/index.css) so that the
 * light and dark palettes share one set of names.
 */
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
        accent: 'var(--color-accent)',
        focus: 'var(--color-focus)',
        highlight: 'var(--color-highlight)',
      },
      fontFamily: {
        serif: ['Georgia', 'Cambria', '"Times New Roman"', 'Times', 'serif'],
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
      maxWidth: {
        measure: '40rem',
        page: '76rem',
      },
    },
  },
} satisfies Config;
