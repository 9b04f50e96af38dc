// The authoring page's entry: <timeline-editor> and the elements it is made of.
import { defineEditorElements } from './define.js';

defineEditorElements();
