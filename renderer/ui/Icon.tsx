export type IconName = 'close' | 'plus' | 'more' | 'file' | 'paste' | 'sun' | 'moon' | 'system' | 'folder' | 'pencil' | 'trash' | 'sidebar' | 'undo' | 'redo' | 'gear';

const PATHS: Record<IconName, string> = {
  close: 'M4 4l8 8M12 4l-8 8',
  plus: 'M8 3v10M3 8h10',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
  file: 'M4 2h5l3 3v9H4zM9 2v3h3',
  paste: 'M5 3H4v11h8V3h-1M6 2h4v2H6z',
  sun: 'M8 5a3 3 0 100 6 3 3 0 000-6zM8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6L13 13M3 13l1.4-1.4M11.6 4.4L13 3',
  moon: 'M12.5 10A5 5 0 016 3.5 5 5 0 1012.5 10z',
  system: 'M2 3h12v8H2zM6 14h4M8 11v3',
  folder: 'M2 4h4l1.5 1.5H14V13H2z',
  pencil: 'M3 13l1-3 7-7 2 2-7 7zM10 4l2 2',
  trash: 'M3 4h10M6 4V2.5h4V4M4.5 4l.7 9.5h5.6l.7-9.5',
  sidebar: 'M2 3h12v10H2zM6 3v10',
  undo: 'M5 3L2 6l3 3M2 6h7a4 4 0 010 8H6',
  redo: 'M11 3l3 3-3 3M14 6H7a4 4 0 000 8h3',
  gear: 'M8 5.5a2.5 2.5 0 100 5 2.5 2.5 0 000-5zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
};

/** Line icons drawn in SVG: no icon font to load, crisp at any zoom, colour from currentColor. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth={name === 'more' ? 2.4 : 1.4} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
