/** The staff preview page (preview.html). */
import { loadAllFonts } from '../styles/fonts';
import './preview-page.css';
import './preview-app';

void loadAllFonts();
