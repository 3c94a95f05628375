provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA2E0A8F3B244C9986" # expect: TF015
  secret_key = "q7Vd9Lk2Rw8Zp4Nf6Tb1Xc3Hm5Jy0Gs2Ae7Ku9Wv" # expect: TF015
}
