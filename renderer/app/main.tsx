import { createRoot } from 'react-dom/client';

function App() {
  return <main>Sverka</main>;
}

createRoot(document.getElementById('root')!).render(<App />);
