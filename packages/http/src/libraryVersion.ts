import { version } from "../package.json";

/** The version of this package, named in every answer beside the edition (packages are versioned together). */
export const LIBRARY_VERSION: string = version;
