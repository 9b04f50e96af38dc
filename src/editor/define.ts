// Registers the page's elements. A function, not a module side effect: package.json marks
// src/ free of side effects outside its entries, so a bare import would be dropped.
import { EditorInput } from './editor-input.js';
import { EditorOutputs } from './editor-outputs.js';
import { EditorPreview } from './editor-preview.js';
import { EditorProblems } from './editor-problems.js';
import { EditorSettings } from './editor-settings.js';
import { TimelineEditor } from './timeline-editor.js';

const ELEMENTS = {
  'timeline-editor': TimelineEditor,
  'editor-input': EditorInput,
  'editor-problems': EditorProblems,
  'editor-preview': EditorPreview,
  'editor-settings': EditorSettings,
  'editor-outputs': EditorOutputs,
};

/** Defines <timeline-editor> and the elements it is made of (once). */
export function defineEditorElements(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-editor': TimelineEditor;
    'editor-input': EditorInput;
    'editor-problems': EditorProblems;
    'editor-preview': EditorPreview;
    'editor-settings': EditorSettings;
    'editor-outputs': EditorOutputs;
  }
}
