import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/dates';
import { Timestamp } from './Timestamp';

const NOW = Date.parse('2026-11-28T12:00:00Z');

function renderAt(dateTime: string, locale = 'en-GB', precision: 'minute' | 'day' = 'minute') {
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  render(<Timestamp dateTime={dateTime} locale={locale} precision={precision} />);
}

/** The reader's zone as Intl names it, whatever zone the tests run in. */
const readersZone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
  .formatToParts(new Date(NOW))
  .find((part) => part.type === 'timeZoneName')?.value;

describe('Timestamp', () => {
  it('reads as a relative time when recent, with the machine-readable time in dateTime', () => {
    renderAt('2026-11-28T09:15:00Z');

    expect(screen.getByText(/^2 hours ago/)).toHaveAttribute('datetime', '2026-11-28T09:15:00Z');
  });

  it('shows the full date beside a recent time, not only in a hover title', () => {
    renderAt('2026-11-28T09:15:00Z');

    const time = screen.getByText(/^2 hours ago/);

    expect(time).toHaveTextContent(`2 hours ago · ${formatDateTime('2026-11-28T09:15:00Z', 'en-GB')}`);
    expect(time).not.toHaveAttribute('title');
  });

  it('names the reader’s zone once hydrated', () => {
    renderAt('2026-11-20T11:30:00Z');

    expect(readersZone).toBeTruthy();
    expect(screen.getByText(/20 Nov 2026/).textContent.endsWith(` ${readersZone ?? 'no zone'}`)).toBe(true);
  });

  it('names UTC in the prerendered HTML, before the reader’s zone is known', () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW);

    const view = renderToString(<Timestamp dateTime="2026-11-28T09:15:00Z" locale="en-GB" />);

    expect(view).toContain('28 Nov 2026, 09:15 UTC');
  });

  it('reads as the full date when more than a day old', () => {
    renderAt('2026-11-20T11:30:00Z');

    const time = screen.getByText(/20 Nov 2026/);

    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-11-20T11:30:00Z');
    expect(time).toHaveTextContent(formatDateTime('2026-11-20T11:30:00Z', 'en-GB'));
  });

  it('reads as the date alone at day precision', () => {
    renderAt('2026-11-20T11:30:00Z', 'en-GB', 'day');

    expect(screen.getByText('20 Nov 2026').tagName).toBe('TIME');
  });

  it('reads as a relative time at day precision, with the full date for screen readers', () => {
    renderAt('2026-11-28T09:15:00Z', 'en-GB', 'day');

    const time = screen.getByText(/^2 hours ago/);

    expect(time).toHaveTextContent(`2 hours ago, ${formatDateTime('2026-11-28T09:15:00Z', 'en-GB')}`);
    expect(screen.getByText(formatDateTime('2026-11-28T09:15:00Z', 'en-GB'), { exact: false })).toHaveClass(
      'sr-only',
    );
  });

  it('reads as the full date when in the future', () => {
    renderAt('2026-11-29T11:30:00Z');

    expect(screen.getByText(/29 Nov 2026/)).toHaveAttribute('datetime', '2026-11-29T11:30:00Z');
  });

  it('uses the locale it is given', () => {
    renderAt('2026-11-28T11:55:00Z', 'de-DE');

    expect(screen.getByText(/^vor 5 Minuten/)).toBeInTheDocument();
  });
});
