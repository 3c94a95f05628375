"""Northwind Pay payments API: authorises card payments."""
import os
from decimal import Decimal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="payments-api")


class Authorisation(BaseModel):
    card_token: str
    amount: Decimal
    currency: str


@app.get("/healthz")
def health() -> dict:
    return {"status": "ok"}


@app.post("/v1/authorisations")
def authorise(request: Authorisation) -> dict:
    if request.amount <= 0:
        raise HTTPException(status_code=422, detail="amount must be positive")
    if request.currency not in {"EUR", "GBP", "USD"}:
        raise HTTPException(status_code=422, detail="unsupported currency")
    acquirer = os.environ.get("ACQUIRER_URL", "https://acquirer.internal")
    return {"status": "authorised", "acquirer": acquirer}
