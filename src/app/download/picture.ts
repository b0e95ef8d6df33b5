/**
 * Pictures of the timeline as it is on screen: the visible range of the plot (marks, labels, axis), with a legend
 * and a source line, as a standalone SVG (styles inlined, so it looks the same in any viewer or editor), or as a
 * PNG drawn from that SVG at twice the size for sharp print. Loaded on demand from the Download menu.
 * The SVG goes to the canvas through a data: URL (allowed by the site's img-src), so the canvas is never tainted.
 */
import { LEGEND } from '../timeline/statusStyle.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The properties that make the marks look like the page; everything else keeps SVG defaults. */
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'display', 'visibility'];
const LEGEND_HEIGHT = 34;
const FOOTER_HEIGHT = 26;
const TITLE_HEIGHT = 30;

export interface PictureOptions {
  title: string;
  /** "Source: …" line: where the timeline comes from. */
  source: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

function copyStyles(from: Element, to: Element, view: Window) {
  const computed = view.getComputedStyle(from);
  const style = STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const).filter(([, v]) => v && v !== 'normal').map(([p, v]) => `${p}:${v}`).join(';');
  if (style) to.setAttribute('style', style);
  const a = [...from.children], b = [...to.children];
  a.forEach((child, i) => b[i] && copyStyles(child, b[i], view));
}

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The picture of a plot `<svg>` on the page (pure DOM work: works in jsdom given computed styles). */
export function pictureOf(plot: SVGSVGElement, options: PictureOptions, doc: Document = plot.ownerDocument): Picture {
  const view = doc.defaultView!;
  const width = Math.max(Number(plot.getAttribute('width')) || 800, 320);
  const plotHeight = Number(plot.getAttribute('height')) || 300;
  const height = TITLE_HEIGHT + plotHeight + LEGEND_HEIGHT + FOOTER_HEIGHT;
  const clone = plot.cloneNode(true) as SVGSVGElement;
  copyStyles(plot, clone, view);
  // Focus rings and selection are screen state, not part of the picture.
  for (const node of clone.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_HEIGHT));
  clone.removeAttribute('role');
  const root = el(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'system-ui, sans-serif' }) as SVGSVGElement;
  root.append(el(doc, 'rect', { width, height, fill: '#ffffff' }));
  root.append(el(doc, 'text', { x: 12, y: 21, 'font-size': 16, 'font-weight': 700, fill: '#1a1a1a' }, options.title));
  root.append(clone);
  // Legend: status by mark style, as on the page.
  const legend = el(doc, 'g', { transform: `translate(12,${TITLE_HEIGHT + plotHeight + 10})`, 'font-size': 11, fill: '#333333' });
  let x = 0;
  for (const { style, label } of LEGEND) {
    const fill = style === 'filled' ? '#1f56a3' : style === 'hatched' ? '#9db5dc' : '#ffffff';
    legend.append(el(doc, 'rect', { x, y: 0, width: 18, height: 10, rx: 3, fill, stroke: '#1f56a3', 'stroke-width': 1.5, ...(style === 'dashed' ? { 'stroke-dasharray': '3 2' } : {}) }));
    if (style === 'crossed') legend.append(el(doc, 'line', { x1: x, y1: 10, x2: x + 18, y2: 0, stroke: '#1f56a3', 'stroke-width': 1.5 }));
    const text = el(doc, 'text', { x: x + 23, y: 9 }, label);
    legend.append(text);
    x += 30 + label.length * 6;
  }
  root.append(legend);
  root.append(el(doc, 'text', { x: 12, y: height - 9, 'font-size': 10, fill: '#555555' }, options.source));
  return { svg: new view.XMLSerializer().serializeToString(root), width, height };
}

/** The plot on the page, or an error in plain words. */
export function currentPlot(doc: Document = document): SVGSVGElement {
  const plot = doc.querySelector<SVGSVGElement>('.timeline .plot-svg');
  if (!plot || plot.closest('[hidden]')) throw new Error('switch to the timeline view to take a picture of it');
  return plot;
}

export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A PNG of the picture at `scale` × its size. */
export async function pngOf(picture: Picture, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = picture.width;
  image.height = picture.height;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = svgDataUrl(picture.svg);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw pictures');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

export function pictureFileName(extension: 'svg' | 'png', range: string | null): string {
  return `timeline${range ? `-${range}` : ''}.${extension}`;
}

/** Saves a Blob as a download (as saveFile does for text). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Takes the picture of the current view and downloads it. Returns the file name. */
export async function downloadPicture(kind: 'svg' | 'png', options: PictureOptions): Promise<string> {
  const plot = currentPlot();
  const picture = pictureOf(plot, options);
  const range = plot.dataset.visibleStart && plot.dataset.visibleEnd ? `${plot.dataset.visibleStart}--${plot.dataset.visibleEnd}` : null;
  const fileName = pictureFileName(kind, range);
  const blob = kind === 'svg' ? new Blob([picture.svg], { type: 'image/svg+xml' }) : await pngOf(picture);
  saveBlob(blob, fileName);
  return fileName;
}
