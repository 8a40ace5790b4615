import { loadAllFonts } from './styles/fonts';
import './styles/page.css';
import './app/signage-app';

void loadAllFonts();
