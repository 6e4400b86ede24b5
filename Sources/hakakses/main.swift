print("hakakses")
