// Wire shapes every resource shares (Docker Engine API v1.41, PascalCase).

export interface ObjectVersion {
  Index: number
}

export type Labels = Record<string, string>

export interface Platform {
  OS?: string
  Architecture?: string
}

export interface TLSInfo {
  TrustRoot?: string
  CertIssuerSubject?: string
  CertIssuerPublicKey?: string
}
