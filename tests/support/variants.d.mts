export declare const ports: {
  site: number;
  subPath: number;
  crossOriginSite: number;
  contentServer: number;
  headerless: number;
};
export declare const SUB_PATH_SITE_URL: string;
export declare const contentServerBase: string;
export declare const imageServerOrigin: string;
export declare const EXTERNAL_IMAGE_ARTICLE: string;
export declare const variantsDir: string;
