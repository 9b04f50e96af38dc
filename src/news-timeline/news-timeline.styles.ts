import { tokenStyles } from '../styles/tokens.js';
import { frameStyles } from '../styles/frame.js';
import { controlStyles } from '../styles/controls.js';
import { plotStyles } from '../styles/plot.js';
import { cardStyles } from '../styles/card.js';
import { mediaStyles } from '../styles/media.js';

/** The element's styles, by concern; later sheets (print, forced colours) override earlier ones. */
export const styles = [tokenStyles, frameStyles, controlStyles, plotStyles, cardStyles, mediaStyles];
