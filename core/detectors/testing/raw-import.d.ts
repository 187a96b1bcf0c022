// Vite (and so Vitest) imports a file's text with `?raw`: how tests read the real rubric without fs.
declare module '*?raw' {
  const text: string;
  export default text;
}
