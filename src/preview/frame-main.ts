/** The document a miniature lives in: one real slide at the screen's own size (see preview-frame). */
import { loadAllFonts } from '../styles/fonts';
import '../styles/page.css';
import './preview-frame';

void loadAllFonts();
