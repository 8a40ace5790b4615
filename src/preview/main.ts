/** The staff preview page (preview.html). */
import { loadAllFonts } from '../styles/fonts';
import './preview-page.css';
import '@fontsource/jetbrains-mono/vietnamese-400.css';
import '@fontsource/jetbrains-mono/latin-400.css';
import '@fontsource/jetbrains-mono/latin-ext-400.css';
import './preview-app';

void loadAllFonts();
