print("keywork")
