import type { FileHandle } from '../../src/preview/bundle-files';

/** A file of this computer as the File System Access API hands it out, holding `bytes`, recording what is written. */
export function fakeHandle(name: string, bytes: string): FileHandle & { written: string[] } {
  const written: string[] = [];
  return {
    name,
    written,
    getFile: async () => new File([bytes], name),
    createWritable: async () => {
      const parts: string[] = [];
      return {
        write: async (data: string) => void parts.push(data),
        close: async () => void written.push(parts.join('')),
      };
    },
  };
}
